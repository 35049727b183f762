stub: upstream file of 19016 bytes
