stub: upstream file of 16281 bytes
