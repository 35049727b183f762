stub: upstream file of 12814 bytes
