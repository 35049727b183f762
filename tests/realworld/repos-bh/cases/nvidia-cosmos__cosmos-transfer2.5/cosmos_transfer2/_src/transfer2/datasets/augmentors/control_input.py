stub: upstream file of 30814 bytes
