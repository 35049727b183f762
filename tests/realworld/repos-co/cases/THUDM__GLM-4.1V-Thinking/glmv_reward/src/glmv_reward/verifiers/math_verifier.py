stub: upstream file of 7805 bytes
