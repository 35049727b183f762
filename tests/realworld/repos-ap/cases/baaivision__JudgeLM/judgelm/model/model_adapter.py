stub: upstream file of 43771 bytes
