stub: upstream file of 26589 bytes
