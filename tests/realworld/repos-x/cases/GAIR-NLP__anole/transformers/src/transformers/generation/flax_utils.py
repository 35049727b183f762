stub: upstream file of 50078 bytes
