stub: upstream file of 16591 bytes
