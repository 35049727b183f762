stub: upstream file of 63827 bytes
