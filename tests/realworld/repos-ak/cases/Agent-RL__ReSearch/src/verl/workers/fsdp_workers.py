stub: upstream file of 63567 bytes
