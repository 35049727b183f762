stub: upstream file of 4898 bytes
