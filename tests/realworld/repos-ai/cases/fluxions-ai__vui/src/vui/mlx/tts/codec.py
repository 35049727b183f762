stub: upstream file of 21089 bytes
