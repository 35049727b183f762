stub: upstream file of 74829 bytes
