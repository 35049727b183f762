stub: upstream file of 33782 bytes
