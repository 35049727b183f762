stub: upstream file of 12693 bytes
