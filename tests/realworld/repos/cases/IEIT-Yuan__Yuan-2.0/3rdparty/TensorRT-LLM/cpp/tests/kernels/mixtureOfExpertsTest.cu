stub: upstream file of 31771 bytes
