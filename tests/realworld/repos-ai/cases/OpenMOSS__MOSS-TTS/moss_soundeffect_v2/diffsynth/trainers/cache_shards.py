stub: upstream file of 11799 bytes
