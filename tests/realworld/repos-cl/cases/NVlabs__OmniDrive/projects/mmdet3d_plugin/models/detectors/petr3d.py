stub: upstream file of 19476 bytes
