stub: upstream file of 102713 bytes
