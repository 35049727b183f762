stub: upstream file of 9533 bytes
