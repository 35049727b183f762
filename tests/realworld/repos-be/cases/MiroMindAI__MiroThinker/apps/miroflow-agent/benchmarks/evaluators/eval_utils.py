stub: upstream file of 48824 bytes
