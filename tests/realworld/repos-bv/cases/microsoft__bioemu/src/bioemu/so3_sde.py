stub: upstream file of 78689 bytes
