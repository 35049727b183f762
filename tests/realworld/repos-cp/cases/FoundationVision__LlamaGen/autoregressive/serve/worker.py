stub: upstream file of 14776 bytes
