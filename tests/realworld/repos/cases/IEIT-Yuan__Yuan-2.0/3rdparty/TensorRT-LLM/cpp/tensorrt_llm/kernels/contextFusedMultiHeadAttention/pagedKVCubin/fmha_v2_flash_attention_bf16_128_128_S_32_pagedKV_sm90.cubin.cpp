stub: upstream file of 934567 bytes
