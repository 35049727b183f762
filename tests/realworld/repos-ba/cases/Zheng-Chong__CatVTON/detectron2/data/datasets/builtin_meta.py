stub: upstream file of 21841 bytes
