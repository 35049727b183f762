stub: upstream file of 12052 bytes
