stub: upstream file of 46540 bytes
