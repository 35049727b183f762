stub: upstream file of 24841 bytes
