stub: upstream file of 32680 bytes
