stub: upstream file of 2773 bytes
