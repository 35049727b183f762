stub: upstream file of 20859 bytes
