stub: upstream file of 7806 bytes
