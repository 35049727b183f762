stub: upstream file of 34369 bytes
