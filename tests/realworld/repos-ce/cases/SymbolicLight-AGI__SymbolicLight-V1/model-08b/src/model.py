stub: upstream file of 37360 bytes
