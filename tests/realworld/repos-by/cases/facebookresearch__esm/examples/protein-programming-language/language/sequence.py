stub: upstream file of 5798 bytes
