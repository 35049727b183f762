stub: upstream file of 14773 bytes
