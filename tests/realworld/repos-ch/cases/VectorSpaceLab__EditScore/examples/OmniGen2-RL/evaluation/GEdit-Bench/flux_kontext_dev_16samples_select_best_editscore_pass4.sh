stub: upstream file of 2814 bytes
