stub: upstream file of 5679 bytes
