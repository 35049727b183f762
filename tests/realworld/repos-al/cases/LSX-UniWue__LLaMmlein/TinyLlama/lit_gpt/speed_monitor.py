stub: upstream file of 20657 bytes
