stub: upstream file of 18144 bytes
