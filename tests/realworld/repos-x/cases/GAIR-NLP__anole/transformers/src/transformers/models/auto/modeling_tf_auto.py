stub: upstream file of 28420 bytes
