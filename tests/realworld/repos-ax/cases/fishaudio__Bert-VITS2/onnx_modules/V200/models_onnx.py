stub: upstream file of 32930 bytes
