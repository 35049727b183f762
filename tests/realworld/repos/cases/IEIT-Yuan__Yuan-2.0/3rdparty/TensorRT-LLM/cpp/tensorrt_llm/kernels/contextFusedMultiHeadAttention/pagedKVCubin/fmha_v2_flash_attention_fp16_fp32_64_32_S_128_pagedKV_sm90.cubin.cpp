stub: upstream file of 473602 bytes
