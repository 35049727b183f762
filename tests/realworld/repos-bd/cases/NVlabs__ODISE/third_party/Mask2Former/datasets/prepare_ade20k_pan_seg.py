stub: upstream file of 13058 bytes
