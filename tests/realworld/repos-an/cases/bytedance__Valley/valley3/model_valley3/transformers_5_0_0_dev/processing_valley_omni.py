stub: upstream file of 14792 bytes
