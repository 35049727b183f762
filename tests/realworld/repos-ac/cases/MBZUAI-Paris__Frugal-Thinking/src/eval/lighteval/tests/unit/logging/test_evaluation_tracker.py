stub: upstream file of 20331 bytes
