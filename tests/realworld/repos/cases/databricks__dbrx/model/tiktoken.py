stub: upstream file of 16615 bytes
