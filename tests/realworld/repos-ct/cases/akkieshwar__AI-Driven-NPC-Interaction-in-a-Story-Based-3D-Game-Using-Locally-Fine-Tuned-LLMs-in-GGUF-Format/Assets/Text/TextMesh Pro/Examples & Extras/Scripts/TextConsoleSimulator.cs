stub: upstream file of 3782 bytes
