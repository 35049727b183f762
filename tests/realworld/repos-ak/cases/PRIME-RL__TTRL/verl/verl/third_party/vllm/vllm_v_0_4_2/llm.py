stub: upstream file of 14941 bytes
