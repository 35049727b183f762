stub: upstream file of 18805 bytes
