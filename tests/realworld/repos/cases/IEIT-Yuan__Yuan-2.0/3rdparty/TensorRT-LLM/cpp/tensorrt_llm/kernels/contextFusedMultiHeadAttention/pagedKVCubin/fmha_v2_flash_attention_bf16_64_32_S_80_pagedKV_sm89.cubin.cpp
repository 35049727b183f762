stub: upstream file of 370238 bytes
