stub: upstream file of 12463 bytes
