stub: upstream file of 21773 bytes
