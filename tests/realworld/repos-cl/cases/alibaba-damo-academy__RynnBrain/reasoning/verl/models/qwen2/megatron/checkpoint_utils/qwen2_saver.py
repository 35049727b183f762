stub: upstream file of 18153 bytes
